"""The pages in a real browser: Debian's chromium driven by chromium-driver through Selenium.

Checks, against a served run, that the pages show the API's own numbers, that each trend arrow
follows the 95% Newcombe interval of the change (worked out here again from the JSON), that a value
the run revised carries the mark of its revision, that a suppressed value reads "confidential" and
is never drawn, that the keyboard reaches the content,
and that axe-core (web/node_modules, injected from the local install) finds no serious or critical
violation. Writes a screenshot of each page. Prints `browser: N passed, M failed`.

    browser-test.py BASE_URL AXE_JS SCREENSHOT_DIR
"""

import json
import math
import os
import re
import shutil
import sys
import tempfile
import traceback
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

BASE, AXE, SHOTS = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
ORGANISATION, REGULATION, YEAR = "UWV", "WIA", "2025"
RATES = {
    "timely_decision_rate", "complaint_upheld_rate", "ombudsman_escalation_rate",
    "repeat_request_rate", "outcome_measured_rate", "outcome_achievement_rate",
}


def api(path):
    with urllib.request.urlopen(BASE + "/api/v1" + path) as answer:
        return json.load(answer)


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("EFFECTMETER_CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--lang=en-GB", "--no-first-run"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "en-GB,en"})
    service = Service(os.environ.get("EFFECTMETER_CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def screenshot(driver, name):
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(height, 800), 8000))
    os.makedirs(SHOTS, exist_ok=True)
    driver.save_screenshot(os.path.join(SHOTS, name + ".png"))
    driver.set_window_size(1280, 1000)


def axe(driver):
    with open(AXE, encoding="utf-8") as source:
        driver.execute_script(source.read())
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
        " 'wcag21aa', 'best-practice']}}).then(r => done(r.violations))"
        ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));")
    bad = [v for v in result if v["impact"] in ("serious", "critical")]
    assert not bad, "axe: " + "; ".join(
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(n["target"][0] if isinstance(n["target"][0], str) else str(n["target"])
                    for n in v["nodes"][:3]) for v in bad)


# The mark beside a value the run's revisions table lists (ScorecardPage), in English.
REVISION_WORDS = {"revised": "revised", "newly_published": "newly published",
                  "newly_suppressed": "now confidential", "withdrawn": "withdrawn"}


def without_mark(value):
    """The text of a value cell without its revision mark, and the mark (None when unmarked)."""
    marks = value.find_elements(By.CSS_SELECTOR, ".em-revised")
    if not marks:
        return value.text, None
    (mark,) = marks
    assert value.text.endswith(" " + mark.text), f"{value.text!r} does not end in its mark"
    return value.text[: -len(mark.text) - 1], mark


def number(text):
    """The number a cell shows, e.g. '72.5%' -> 0.725, '1,234' -> 1234."""
    cleaned = text.replace(",", "").replace("€", "").replace("days", "").strip()
    if cleaned.endswith("%"):
        return float(cleaned[:-1]) / 100
    return float(cleaned)


def newcombe_trend(entry):
    """Method 10 from the JSON's value, interval and previous interval; None without both."""
    previous = entry["previous"]
    if entry["value"] is None or previous["value"] is None or entry["interval"] is None \
            or previous["interval"] is None:
        return None
    p1, l1, u1 = entry["value"], entry["interval"]["low"], entry["interval"]["high"]
    p2, l2, u2 = previous["value"], previous["interval"]["low"], previous["interval"]["high"]
    low = (p1 - p2) - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = (p1 - p2) + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    if low > 0:
        return "improved" if entry["better"] == "higher" else "worsened"
    if high < 0:
        return "worsened" if entry["better"] == "higher" else "improved"
    return "no_significant_change"


def cell(row, field):
    return row.find_element(By.CSS_SELECTOR, f"td[data-field='{field}']")


def test_start_page(driver):
    driver.get(BASE + "/?lang=en")
    run = api("/runs/current")
    assert driver.find_element(By.ID, "run-id").text == run["run_id"], "run id"
    assert driver.find_element(By.ID, "as-of").text == run["as_of"], "as_of"
    listed = {a.get_attribute("data-organisation")
              for a in driver.find_elements(By.CSS_SELECTOR, "a[data-organisation]")}
    codes = {c["code"] for c in api("/dimensions/organisation")["codes"]
             if not c["code"].startswith("_")}
    assert listed == codes, f"organisations {sorted(listed)} != {sorted(codes)}"
    signals = api("/signals")["signals"]
    rows = driver.find_elements(By.CSS_SELECTOR, "#signals tbody tr")
    assert len(rows) == len(signals), f"{len(rows)} signal rows, API has {len(signals)}"
    screenshot(driver, "start")
    axe(driver)


def test_scorecard_matches_the_api(driver):
    card = api(f"/scorecards/{ORGANISATION}?period={YEAR}")
    driver.get(f"{BASE}/scorecards/{ORGANISATION}?period={YEAR}&lang=en")
    checked = 0
    for group in card["groups"]:
        for entry in group["indicators"]:
            row = driver.find_element(By.CSS_SELECTOR, f"tr[data-indicator='{entry['indicator']}']")
            value = cell(row, "value")
            text, mark = without_mark(value)
            revision = entry["revision"]
            if revision is None:
                assert mark is None, f"{entry['indicator']}: marked {mark.text!r}, not revised"
            else:
                assert mark is not None, f"{entry['indicator']}: {revision['kind']} but not marked"
                assert mark.get_attribute("data-kind") == revision["kind"], entry["indicator"]
                assert mark.text == REVISION_WORDS[revision["kind"]], f"{entry['indicator']}: {mark.text!r}"
                title = mark.get_attribute("title")
                assert title.startswith(f"Previous run {revision['previous_run']}"), title
                if revision["old_value"] is None:
                    assert ":" not in title, f"{entry['indicator']}: {title!r} shows a hidden value"
                else:
                    old = number(title.split(": ", 1)[1])
                    assert abs(old - revision["old_value"]) <= 0.0005 + 0.005 * abs(revision["old_value"]), \
                        f"{entry['indicator']}: tooltip {title!r}, API {revision['old_value']}"
            if entry["value"] is None:
                assert value.get_attribute("data-value") is None, entry["indicator"]
                words = {"confidential": "confidential", "no_data": "no data"}[entry["status"]]
                assert text == words, f"{entry['indicator']}: {value.text!r}"
            else:
                assert float(value.get_attribute("data-value")) == entry["value"]
                shown = number(text)
                assert abs(shown - entry["value"]) <= 0.0005 + 0.005 * abs(entry["value"]), \
                    f"{entry['indicator']}: shows {value.text}, API {entry['value']}"
            median = cell(row, "median")
            if entry["peers"]["median"] is not None:
                assert float(median.get_attribute("data-value")) == entry["peers"]["median"]
            rank = cell(row, "rank")
            if entry["peers"]["rank"] is not None:
                assert rank.text.startswith(f"{entry['peers']['rank']} of {entry['peers']['count']}")
            trend = cell(row, "trend")
            expected = newcombe_trend(entry) if entry["indicator"] in RATES else None
            assert entry["trend"] == expected, f"{entry['indicator']}: API {entry['trend']}, " \
                f"Newcombe here {expected}"
            if expected is None:
                assert trend.get_attribute("data-trend") is None
                assert trend.text == "not assessed"
            else:
                assert trend.get_attribute("data-trend") == expected
                word = expected.replace("_", " ")
                arrow = "▲" if entry["change"] > 0 else "▼" if entry["change"] < 0 else "▶"
                assert trend.text == f"{arrow} {word}", f"{entry['indicator']}: {trend.text!r}"
                colour = trend.find_element(By.CSS_SELECTOR, ".em-trend").value_of_css_property(
                    "color")
                grey = colour in ("rgba(75, 75, 75, 1)", "rgb(75, 75, 75)")
                assert grey == (expected == "no_significant_change"), f"{expected}: {colour}"
            checked += 1
    assert checked >= 17, f"only {checked} indicators"
    assert any(e["trend"] for g in card["groups"] for e in g["indicators"]), "no trend at all"
    screenshot(driver, "scorecard-uwv-2025")
    axe(driver)


def test_a_suppressed_value_reads_confidential(driver):
    for code in sorted(c["code"] for c in api("/dimensions/organisation")["codes"]
                       if not c["code"].startswith("_")):
        card = api(f"/scorecards/{code}?period={YEAR}")
        hidden = [e["indicator"] for g in card["groups"] for e in g["indicators"]
                  if e["status"] == "confidential"]
        if hidden:
            break
    assert hidden, f"no {YEAR} scorecard of the run has a confidential value to check"
    for language, word in (("en", "confidential"), ("nl", "vertrouwelijk")):
        driver.get(f"{BASE}/scorecards/{code}?period={YEAR}&lang={language}")
        for indicator in hidden:
            value = cell(driver.find_element(By.CSS_SELECTOR, f"tr[data-indicator='{indicator}']"),
                         "value")
            assert without_mark(value)[0] == word, f"{language} {indicator}: {value.text!r}"
            assert not re.search(r"\d", value.text)


def test_trend_page(driver):
    rows = api("/observations?indicator=timely_decision_rate&breakdown=organisation,regulation"
               f"&granularity=month&organisation={ORGANISATION}&regulation={REGULATION}"
               "&limit=10000&sort=period")["observations"]
    driver.get(f"{BASE}/trends/{ORGANISATION}/{REGULATION}?lang=en")
    table = driver.find_elements(By.CSS_SELECTOR, "#months tbody tr")
    assert [r.get_attribute("data-period") for r in table] == [o["period"] for o in rows]
    svg = driver.find_element(By.ID, "chart")
    points = {c.get_attribute("data-period"): float(c.get_attribute("cx"))
              for c in svg.find_elements(By.CSS_SELECTOR, "circle.em-chart-point")}
    hatched = {r.get_attribute("data-period")
               for r in svg.find_elements(By.CSS_SELECTOR, "rect.em-chart-confidential")}
    for tr, observation in zip(table, rows):
        value = cell(tr, "value")
        if observation["status"] == "confidential":
            assert value.text == "confidential", observation["period"]
            assert observation["period"] in hatched and observation["period"] not in points
        elif observation["value"] is not None:
            assert float(value.get_attribute("data-value")) == observation["value"]
            assert observation["period"] in points and observation["period"] not in hatched
        else:
            assert observation["period"] not in points
    assert any(o["status"] == "confidential" for o in rows) == bool(hatched)
    # A line joins neighbouring months only: it never bridges a month it does not draw.
    xs = [points[o["period"]] for o in rows if o["period"] in points]
    step = min(b - a for a, b in zip(xs, xs[1:])) if len(xs) > 1 else 0
    for line in svg.find_elements(By.CSS_SELECTOR, "polyline.em-chart-line"):
        coords = [float(p.split(",")[0]) for p in line.get_attribute("points").split()]
        for a, b in zip(coords, coords[1:]):
            assert abs((b - a) - step) < 0.25, f"a line bridges from x={a} to x={b}"
    signals = api(f"/signals?organisation={ORGANISATION}&regulation={REGULATION}")["signals"]
    marked = {p.get_attribute("data-period")
              for p in svg.find_elements(By.CSS_SELECTOR, "polygon.em-chart-signal")}
    assert {s["period"] for s in signals} <= marked, \
        f"signals {sorted(s['period'] for s in signals)} not all marked: {sorted(marked)}"
    description = svg.find_element(By.ID, "chart-desc").get_attribute("textContent")
    assert "Confidential months" in description
    screenshot(driver, "trend-uwv-wia")
    axe(driver)


def test_keyboard_reaches_the_content_first(driver):
    driver.get(f"{BASE}/scorecards/{ORGANISATION}?period={YEAR}&lang=en")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = driver.switch_to.active_element
    assert active.get_attribute("href").endswith("#main"), active.get_attribute("outerHTML")
    active.send_keys(Keys.ENTER)
    assert driver.current_url.endswith("#main")


def test_dutch_is_chosen_by_a_link(driver):
    driver.get(f"{BASE}/?lang=en")
    driver.find_element(By.CSS_SELECTOR, "a[hreflang='nl']").click()
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
    assert "Organisaties" in driver.page_source
    screenshot(driver, "start-nl")
    axe(driver)


def main():
    tests = [test_start_page, test_scorecard_matches_the_api,
             test_a_suppressed_value_reads_confidential, test_trend_page,
             test_keyboard_reaches_the_content_first, test_dutch_is_chosen_by_a_link]
    passed = failed = 0
    # Chromium keeps scratch folders (org.chromium.Chromium.*) in TMPDIR after it quits: give it
    # one of its own, removed at the end, so that a test run leaves nothing in /tmp.
    scratch = tempfile.mkdtemp(prefix="effectmeter-browser-")
    os.environ["TMPDIR"] = scratch
    driver = browser()
    try:
        for test in tests:
            try:
                test(driver)
                passed += 1
                print(f"ok      {test.__name__}")
            except Exception:  # noqa: BLE001 - every failure is reported, then counted
                failed += 1
                print(f"FAILED  {test.__name__}")
                traceback.print_exc()
    finally:
        driver.quit()
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"browser: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
