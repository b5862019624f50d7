"""The web console in a real browser (run by scripts/console-test against a live server it prepared).

Debian's chromium, headless, through chromium-driver and selenium. Each check raises AssertionError with what it
saw; every page visited is saved as a PNG under CONSOLE_SCREENSHOTS for a person to look at.
"""
import csv
import io
import os
import pathlib
import sys
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE = os.environ["CONSOLE_BASE"]
PASSWORD = os.environ["CONSOLE_PASSWORD"]
SHOTS = pathlib.Path(os.environ.get("CONSOLE_SCREENSHOTS", "var/console-screenshots"))
SHOTS.mkdir(parents=True, exist_ok=True)
checks = []


def browser(width=1280, height=900, phone=False):
    options = webdriver.ChromeOptions()
    if phone:
        # Desktop windows have a minimum width; a phone's viewport needs the device emulation.
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2}})
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", f"--window-size={width},{height}"):
        options.add_argument(flag)
    # A Spanish browser: the console's default language follows Accept-Language.
    options.add_experimental_option("prefs", {"intl.accept_languages": "es-ES,es"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def shot(driver, name):
    # A full-page screenshot: the window grows to the page's height first.
    if not driver.capabilities.get("goog:chromeOptions", {}).get("mobileEmulationEnabled"):
        height = driver.execute_script("return document.documentElement.scrollHeight")
        width = driver.get_window_size()["width"]
        driver.set_window_size(width, min(max(height + 120, 600), 6000))
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    checks.append(what)
    print(f"  ok  {what}")


def click_and_wait(driver, element):
    """Clicks a link or a form's button and waits for the answer's page, so the next step reads the new page
    and never interrupts the request (a loaded machine answers late)."""
    page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 15).until(lambda _: is_stale(page))


def is_stale(element):
    """Whether the page holding `element` has been replaced: chromium reports a node of a page already gone
    either as stale or, while the new page loads, as a node that "does not belong to the document"."""
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def sign_in(driver, code, password):
    driver.get(BASE + "/console/login")
    driver.find_element(By.NAME, "code").send_keys(code)
    driver.find_element(By.NAME, "password").send_keys(password)
    click_and_wait(driver, driver.find_element(By.ID, "sign-in"))


def session_cookie(driver):
    cookie = driver.get_cookie("console_session")
    check(cookie is not None and cookie["httpOnly"] and cookie["sameSite"] == "Strict",
          "the session cookie is HttpOnly and SameSite=Strict")
    return cookie["value"]


def fetch(path, cookie, data=None):
    request = urllib.request.Request(BASE + path, data=data, headers={"Cookie": f"console_session={cookie}"})
    if data is not None:
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, answer.headers, answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8")


def administrator():
    driver = browser()
    try:
        driver.get(BASE + "/console/today")
        check("/console/login" in driver.current_url, "without a session Today sends the browser to the login page")
        shot(driver, "01-login")
        sign_in(driver, "A1", PASSWORD)
        check(driver.current_url.endswith("/console/today"), "the administrator signs in and lands on Today")
        cookie = session_cookie(driver)
        table = driver.find_element(By.ID, "today").text
        check("Puerta norte" in table and "Puerta sur" in table, "Today shows each person's last punch with its door, from both doors")
        check("Pablo Puerta" in table and "Marta Muelle" in table, "Today lists the people who punched at both doors")
        present = driver.find_element(By.CSS_SELECTOR, "#count-present b").text
        check(present == "2", f"the counts on top: 2 came in (saw {present})")
        check(driver.find_element(By.CSS_SELECTOR, "meta[http-equiv=refresh]") is not None, "Today refreshes by itself")
        shot(driver, "02-today")

        check(driver.find_element(By.TAG_NAME, "h1").text.startswith("Hoy"), "a Spanish browser gets the console in Spanish")
        click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Pablo Puerta"))
        punches = driver.find_element(By.ID, "punches").text
        check("Puerta norte" in punches and "Puerta sur" in punches and "face" in punches,
              "the person page lists each punch with its door and method")
        form = driver.find_element(By.ID, "add-correction")
        driver.execute_script("arguments[0].value = '08:00'", form.find_element(By.NAME, "time"))
        form.find_element(By.NAME, "reason").send_keys("olvidó fichar al entrar")
        form.find_element(By.CSS_SELECTOR, "button").click()
        WebDriverWait(driver, 10).until(lambda d: "notice=correctionAdded" in d.current_url)
        corrections = driver.find_element(By.ID, "corrections").text
        check("olvidó fichar al entrar" in corrections and "A1" in corrections,
              "a correction added on the person page shows with its reason and author")
        shot(driver, "03-person")

        driver.get(BASE + "/console/employees/new")
        driver.find_element(By.NAME, "code").send_keys("E77")
        driver.find_element(By.NAME, "name").send_keys("=Eva, \"la nueva\"")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "#employee button"))
        check("/console/employees/E77" in driver.current_url, "an employee created through the form opens for editing")
        shot(driver, "04-employee-created")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "#reset-pin button"))
        pin = driver.find_element(By.ID, "new-pin").text
        check(len(pin) == 6 and pin.isdigit(), "a reset PIN is shown once, six digits")
        shot(driver, "05-pin-reset")
        driver.get(BASE + "/console/employees")
        check("E77" in driver.find_element(By.ID, "employees").text, "the new employee is in the list")
        shot(driver, "06-employees")

        driver.get(BASE + "/console/reports?period=day")
        shot(driver, "07-reports")
        href = driver.find_element(By.ID, "csv").get_attribute("href")
        status, headers, body = fetch(href.replace(BASE, ""), cookie)
        check(status == 200 and headers["Content-Type"].startswith("text/csv"), "the CSV downloads")
        rows = list(csv.DictReader(io.StringIO(body, newline="")))
        codes = {row["employee_code"] for row in rows}
        check({"P1", "P2"} <= codes, f"the CSV parses (RFC 4180) and has the day's people ({sorted(codes)})")
        driver.get(BASE + "/console/reports?period=month")
        shot(driver, "08-reports-month")

        status, _, _ = fetch("/console/employees", cookie, data=b"code=E88&name=Forged&role=COLABORADOR&site=principal")
        check(status == 403, f"a form without its CSRF token is refused (HTTP {status})")
        driver.get(BASE + "/console/employees")
        check("E88" not in driver.find_element(By.ID, "employees").text, "and the refused form created nobody")

        driver.get(BASE + "/console/kiosks")
        kiosks = driver.find_element(By.ID, "kiosks").text
        check("Puerta norte" in kiosks and "Puerta sur" in kiosks, "the kiosks page lists the fleet")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "#registration button"))
        code = driver.find_element(By.ID, "registration-code").text
        check(len(code) == 14 and code.count("-") == 2, "a registration code is made and shown once")
        shot(driver, "09-kiosks")
        driver.get(BASE + "/console/corrections")
        shot(driver, "10-corrections")
        click_and_wait(driver, driver.find_element(By.LINK_TEXT, "English"))
        check(driver.find_element(By.TAG_NAME, "h1").text.startswith("Today"), "the language switch turns the console to English")
        shot(driver, "11-today-english")
    finally:
        driver.quit()


def today_status(driver, name):
    """The status cell of `name`'s row on Today."""
    driver.get(BASE + "/console/today")
    for row in driver.find_elements(By.CSS_SELECTOR, "#today tbody tr"):
        if name in row.text:
            return row.find_elements(By.TAG_NAME, "td")[1].text
    raise AssertionError(f"{name} is not on Today: {driver.find_element(By.ID, 'today').text}")


def person_statuses(driver, code):
    driver.get(BASE + f"/console/people/{code}")
    return driver.find_element(By.ID, "days").text


def calendar():
    """Holidays, leave, shifts and the week, and a badge: each page through its own form, as an administrator."""
    driver = browser()
    try:
        sign_in(driver, "A1", PASSWORD)
        today = driver.find_element(By.TAG_NAME, "h1").text.split("·")[-1].strip()
        before = today_status(driver, "Iker Ibarra")
        check(before in ("pendiente", "ausente", "sin horario"), f"Iker (scheduled, no punches) starts the day without leave ({before})")

        click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Festivos"))
        form = driver.find_element(By.ID, "add-holiday")
        driver.execute_script("arguments[0].value = arguments[1]", form.find_element(By.NAME, "date"), today)
        form.find_element(By.NAME, "name").send_keys("Fiesta de la prueba")
        click_and_wait(driver, form.find_element(By.CSS_SELECTOR, "button"))
        row = driver.find_element(By.ID, f"holiday-{today}").text
        check("Fiesta de la prueba" in row, "a holiday added on the Holidays page is listed")
        shot(driver, "15-holidays")
        status = today_status(driver, "Iker Ibarra")
        check(status == "festivo", f"Today shows the holiday as the day's status (saw {status})")
        holidays = driver.find_element(By.CSS_SELECTOR, "#count-holiday b").text
        check(holidays.isdigit() and int(holidays) >= 1, f"Today's counts on top include the holiday (saw {holidays})")
        shot(driver, "16-today-holiday")
        check("festivo" in person_statuses(driver, "P3"), "the Person page shows the holiday")
        driver.get(BASE + "/console/holidays")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, f"#holiday-{today} button"))
        check(not driver.find_elements(By.ID, f"holiday-{today}"), "a holiday is removed with its button")
        check(today_status(driver, "Iker Ibarra") == before, "without the holiday the day is as before")

        driver.get(BASE + "/console/people/P3")
        click_and_wait(driver, driver.find_element(By.ID, "leave-link"))
        form = driver.find_element(By.ID, "grant-leave")
        Select(form.find_element(By.NAME, "kind")).select_by_value("vacation")
        form.find_element(By.NAME, "note").send_keys("vacaciones de prueba")
        click_and_wait(driver, form.find_element(By.CSS_SELECTOR, "button"))
        leave = driver.find_element(By.ID, "leave").text
        check("vacaciones" in leave and "A1" in leave and today in leave, "leave granted on the person's Leave page shows who granted it")
        shot(driver, "17-leave-person")
        status = today_status(driver, "Iker Ibarra")
        check(status == "justificado", f"after the leave Today shows justificado (saw {status})")
        on_leave = driver.find_element(By.CSS_SELECTOR, "#count-onLeave b").text
        check(on_leave == "1", f"Today's counts on top include the person on leave (saw {on_leave})")
        check("justificado" in person_statuses(driver, "P3"), "and the Person page too")
        driver.get(BASE + "/console/reports?period=day")
        rows = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "#rows tbody tr") if "Iker Ibarra" in row.text]
        check(len(rows) == 1 and "justificado" in rows[0], f"and the day's report ({rows})")
        driver.get(BASE + "/console/leave")
        check("Iker Ibarra" in driver.find_element(By.ID, "leave-list").text, "the Leave list shows the site's leave")
        shot(driver, "18-leave-list")

        click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Turnos"))
        form = driver.find_element(By.ID, "new-shift")
        form.find_element(By.NAME, "name").send_keys("Partido")
        for name, value in (("start", "09:00"), ("end", "18:00")):
            driver.execute_script("arguments[0].value = arguments[1]", form.find_element(By.NAME, name), value)
        click_and_wait(driver, form.find_element(By.CSS_SELECTOR, "button"))
        check("Partido" in driver.find_element(By.ID, "shifts").text, "a shift created on the Shifts page is listed")
        shot(driver, "19-shifts")
        driver.get(BASE + "/console/people/P3")
        week = driver.find_element(By.ID, "week")
        Select(week.find_element(By.NAME, "day1")).select_by_value("Partido")
        Select(week.find_element(By.NAME, "day6")).select_by_value("")
        click_and_wait(driver, week.find_element(By.CSS_SELECTOR, "button"))
        check("notice=weekSaved" in driver.current_url, "the week editor saves")
        week = driver.find_element(By.ID, "week")
        monday = Select(week.find_element(By.NAME, "day1")).first_selected_option.get_attribute("value")
        saturday = Select(week.find_element(By.NAME, "day6")).first_selected_option.get_attribute("value")
        check(monday == "Partido" and saturday == "", f"the saved week reads back: Monday {monday}, Saturday day off")
        shot(driver, "20-week")

        driver.get(BASE + "/console/employees/E77")
        driver.find_element(By.NAME, "badge").send_keys("0077007700")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "#employee button"))
        check(driver.find_element(By.NAME, "badge").get_attribute("value") == "0077007700", "a badge set on the employee form is kept")
        driver.get(BASE + "/console/employees/P2")
        driver.find_element(By.NAME, "badge").send_keys("0077007700")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "#employee button"))
        error = driver.find_element(By.CSS_SELECTOR, "p.error").text
        check("Esa tarjeta ya la lleva otra persona" in error and "(E77)" in error,
              f"the same badge for another person is refused with a clear message naming the holder ({error})")
        shot(driver, "21-badge-taken")
    finally:
        driver.quit()


def supervisor_of_other_site():
    driver = browser()
    try:
        sign_in(driver, "S2", PASSWORD)
        check(driver.current_url.endswith("/console/today") and "norte" in driver.find_element(By.TAG_NAME, "h1").text,
              "the supervisor of site norte signs in to their own Today")
        for path in ("/console/today?site=principal", "/console/people/P1", "/console/reports?site=principal", "/console/employees",
                     "/console/holidays?site=principal", "/console/leave?site=principal", "/console/people/P3/leave", "/console/shifts"):
            driver.get(BASE + path)
            message = driver.find_element(By.ID, "message").text
            check("propio centro" in message or "administradores" in message, f"site norte's supervisor is refused {path}")
        shot(driver, "12-forbidden-other-site")
    finally:
        driver.quit()


def lockout():
    driver = browser()
    try:
        for attempt in range(5):
            sign_in(driver, "S3", f"wrong password {attempt}")
        error = driver.find_element(By.ID, "login-error").text
        check("bloqueada" in error, "five wrong passwords lock the account")
        sign_in(driver, "S3", PASSWORD)
        check("bloqueada" in driver.find_element(By.ID, "login-error").text and driver.get_cookie("console_session") is None,
              "the locked account refuses even the right password")
        shot(driver, "13-locked")
    finally:
        driver.quit()


def phone():
    driver = browser(390, 844, phone=True)
    try:
        sign_in(driver, "S1", PASSWORD)
        width, viewport = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        check(width <= viewport, f"Today fits a phone's {viewport}px width without sideways scrolling of the page ({width}px)")
        shot(driver, "14-today-phone")
        for path, name in (("/console/holidays", "22-holidays-phone"), ("/console/leave", "23-leave-phone"),
                           ("/console/people/P3/leave", "24-person-leave-phone")):
            driver.get(BASE + path)
            check(driver.find_element(By.TAG_NAME, "h1").text != "No se pudo hacer", f"the site's supervisor opens {path}")
            width, viewport = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
            check(width <= viewport, f"{path} fits a phone's {viewport}px width ({width}px)")
            shot(driver, name)
    finally:
        driver.quit()


if __name__ == "__main__":
    print(f"console browser test against {BASE}; screenshots in {SHOTS}/")
    try:
        administrator()
        calendar()
        supervisor_of_other_site()
        lockout()
        phone()
    except AssertionError as error:
        print(f"console-test: FAILED: {error}", file=sys.stderr)
        sys.exit(1)
    print(f"console-test: {len(checks)} checks passed")
