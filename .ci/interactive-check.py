"""Drives the steering group's page in headless Chromium; see .ci/interactive-check."""
import json, os, re, subprocess, sys, time
from decimal import Decimal, ROUND_HALF_UP

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

ZVH, BUDGET, WORK = os.environ["ZVH"], os.environ["BUDGET"], os.environ["WORK"]
CHROMIUM, CHROMEDRIVER = os.environ["CHROMIUM"], os.environ["CHROMEDRIVER"]
PAGE = os.path.join(WORK, "sessie.html")
URL = "file://" + PAGE
INDEX = ["0", "0,5", "1", "1,5", "2", "2,5", "3", "3,5", "4", "4,5", "5"]
FTE = ["0", "1", "2", "3"]
problems = []


def dutch(amount):
    """Decimal euros in Dutch notation, as the report writes them: 1.402.290, -13,5 → -13,50."""
    if amount is None:
        return "\u2013"
    cents = int((Decimal(amount) * 100).to_integral_value())
    whole, fraction = divmod(abs(cents), 100)
    text = f"{whole:,}".replace(",", ".")
    if fraction:
        text += f",{fraction:02d}"
    return ("-" if cents < 0 else "") + text


def percent(difference, basis):
    """difference / basis × 100 to one decimal, a half away from zero, with a comma."""
    if basis is None or basis == 0:
        return "\u2013"
    value = (Decimal(difference) * 100 / abs(Decimal(basis))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return str(value).replace(".", ",") + "%"


def engine(index, fte, leaves):
    """`zvh scenario` for one point, as JSON with exact decimals."""
    arguments = [ZVH, "scenario", BUDGET, "--index", f"personeel={INDEX[index]}%", "--fte", f"procesregie=+{FTE[fte]}", "--formaat", "json"]
    if leaves:
        arguments += ["--uittreden", "Gennep"]
    output = subprocess.run(arguments, capture_output=True, text=True, check=True).stdout
    return json.loads(output, parse_float=Decimal)


def start():
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1100,1600"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
    return driver


def ready(driver):
    for _ in range(100):
        if driver.execute_script("return document.documentElement.getAttribute('data-klaar')") == "ja":
            return True
        time.sleep(0.05)
    return False


def set_slider(driver, number, position):
    slider = driver.find_element(By.ID, f"as-{number}")
    slider.send_keys(Keys.HOME)
    for _ in range(position):
        slider.send_keys(Keys.ARROW_RIGHT)


def set_switch(driver, number, on):
    box = driver.find_element(By.ID, f"as-{number}")
    if box.is_selected() != on:
        box.send_keys(Keys.SPACE)


def shown(driver):
    """Every figure the page shows, by row and field."""
    return driver.execute_script("""
        var result = {};
        document.querySelectorAll('#bijdragen tbody tr').forEach(function (row) {
          var cells = {};
          row.querySelectorAll('[data-veld]').forEach(function (cell) { cells[cell.getAttribute('data-veld')] = cell.textContent; });
          cells.naam = row.querySelector('th').textContent;
          result[row.getAttribute('data-gemeente')] = cells;
        });
        result.controle = document.getElementById('controle').textContent;
        result.raming = Array.prototype.map.call(document.querySelectorAll('#raming-tabel tbody tr'), function (row) {
          return [row.querySelector('[data-veld=basis]').textContent, row.querySelector('[data-veld=gekozen]').textContent];
        });
        result.hash = location.hash;
        result.melding = document.getElementById('melding').hidden;
        return result;
    """)


def compare(figures, document, member, label):
    """The shown figures against the engine's JSON for the same point."""
    count = 0
    variant = "snelle wijzigingen"
    members = document["gemeenten"]
    for number, entry in enumerate(members):
        row = figures[str(number)]
        expected = {
            "basis": dutch(entry["basis"]),
            "gekozen": dutch(entry["scenarios"][variant]["bedrag"]),
            "verschil": dutch(entry["scenarios"][variant]["verschil"]),
            "procent": percent(entry["scenarios"][variant]["verschil"], entry["basis"]),
        }
        if row["naam"].lstrip("\u25b6 ") != entry["gemeente"]:
            problems.append(f"{label}: rij {number} is {row['naam']}, de JSON noemt {entry['gemeente']}")
        for field, text in expected.items():
            count += 1
            if row[field] != text:
                problems.append(f"{label}: {entry['gemeente']} {field} toont {row[field]}, zvh --formaat json geeft {text}")
    scenario = document["scenarios"][0]
    for field, value in [("basis", document["totaal-basis"]), ("gekozen", scenario["totaal"]), ("verschil", scenario["verschil"])]:
        count += 1
        if figures["totaal"][field] != dutch(value):
            problems.append(f"{label}: totaal {field} toont {figures['totaal'][field]}, zvh geeft {dutch(value)}")
    adds_up = "\u2713 klopt" in figures["controle"]
    if adds_up != scenario["verschillen-tellen-op"]:
        problems.append(f"{label}: controle toont '{figures['controle']}', zvh zegt verschillen-tellen-op = {scenario['verschillen-tellen-op']}")
    projection = document["meerjarenraming"]["varianten"]
    for year, (basis_text, chosen_text) in enumerate(figures["raming"]):
        def value(variant_years):
            year_figures = variant_years[year]
            return year_figures["totaal"] if member is None else year_figures["bijdragen"].get(members[member]["gemeente"])
        for text, variant_years in [(basis_text, projection[0]["jaren"]), (chosen_text, projection[1]["jaren"])]:
            count += 1
            if text != dutch(value(variant_years)):
                problems.append(f"{label}: meerjarenraming jaar {year} toont {text}, zvh geeft {dutch(value(variant_years))}")
    return count


driver = start()
try:
    driver.get(URL)
    if not ready(driver):
        problems.append("de pagina werd niet klaar met het netwerk uit: " + repr(driver.get_log("browser")))
    if not shown(driver)["melding"]:
        problems.append("de pagina meldt: " + driver.find_element(By.ID, "melding").text)
    print("ok   pagina geladen met het netwerk uit (Network.emulateNetworkConditions offline)")

    # Keyboard: Tab reaches every control, each with a label.
    driver.find_element(By.TAG_NAME, "body").click()
    reached = []
    for _ in range(12):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        reached.append(driver.switch_to.active_element.get_attribute("id"))
    controls = ["as-0", "as-1", "as-2", "gemeente", "naar-basis", "afdrukken"]
    unlabelled = driver.execute_script("return Array.prototype.filter.call(document.querySelectorAll('input, select'), function (c) { return c.labels.length === 0; }).map(function (c) { return c.id; })")
    if [c for c in controls if c not in reached] or unlabelled:
        problems.append(f"toetsenbord: Tab bereikt {reached}; zonder label: {unlabelled}")
    else:
        print(f"ok   met Tab bereikbaar en gelabeld: {', '.join(controls)}")

    members = len(json.loads(driver.find_element(By.ID, "gegevens").get_attribute("textContent"))["gemeenten"])
    picker = Select(driver.find_element(By.ID, "gemeente"))
    combinations, figures_compared, states = 0, 0, []
    for index in range(len(INDEX)):
        for fte in range(len(FTE)):
            for leaves in (False, True):
                member = None if combinations % (members + 1) == members else combinations % (members + 1)
                set_slider(driver, 0, index)
                set_slider(driver, 1, fte)
                set_switch(driver, 2, leaves)
                picker.select_by_value("" if member is None else str(member))
                label = f"index.personeel={INDEX[index]}%, fte.procesregie={FTE[fte]}{', Gennep treedt uit' if leaves else ''}"
                figures = shown(driver)
                figures_compared += compare(figures, engine(index, fte, leaves), member, label)
                states.append((figures["hash"], figures, label))
                combinations += 1
    print(f"ok   {combinations} combinaties via de bediening gezet, {figures_compared} getoonde bedragen gelijk aan zvh scenario --formaat json" if not problems
          else f"FOUT {len(problems)} verschil(len) in {combinations} combinaties")

    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            requests.append(message["params"]["request"]["url"])
    outside = [url for url in requests if not url.startswith("file://")]
    if outside:
        problems.append(f"de pagina deed {len(outside)} netwerkverzoek(en): {', '.join(outside[:5])}")
    else:
        print(f"ok   geen netwerkverzoek (DevTools-log: {len(requests)} verzoek(en), alle file://)")

    # A shared link restores the state: open sessie.html#<state> afresh.
    fragment, expected, label = states[len(states) * 2 // 3]
    driver.get("about:blank")
    driver.get(URL + fragment)
    ready(driver)
    restored = shown(driver)
    for key in ["0", "5", "totaal", "raming", "controle"]:
        if restored[key] != expected[key]:
            problems.append(f"{fragment} herstelt {key} niet: {restored[key]} in plaats van {expected[key]}")
    positions = driver.execute_script("return [document.getElementById('as-0').value, document.getElementById('as-1').value, document.getElementById('as-2').checked, document.getElementById('gemeente').value]")
    print(f"ok   sessie.html{fragment} herstelt de keuze ({label}; schuiven en schakelaar {positions})"
          if not any(fragment in p for p in problems) else f"FOUT {fragment} herstelt de keuze niet")
finally:
    driver.quit()

# Print the chosen state with Chromium and read it back.
pdf = os.path.join(WORK, "keuze.pdf")
subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--user-data-dir={WORK}/profiel",
                "--virtual-time-budget=3000", f"--print-to-pdf={pdf}", URL + fragment], capture_output=True, timeout=180)
if not os.path.exists(pdf):
    problems.append("chromium maakte geen PDF van de gekozen toestand")
else:
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    width, height = float(size.group(1)), float(size.group(2))
    if pages != 1 or abs(width - 595.28) > 1 or abs(height - 841.89) > 1:
        problems.append(f"afdruk: {pages} pagina('s) van {width} x {height} pt, verwacht 1 pagina A4 (595 x 842)")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    missing = [f"{row['naam']} {row['gekozen']}" for key, row in expected.items() if key.isdigit() or key == "totaal"
               if row["naam"].lstrip("\u25b6 ") not in text or row["gekozen"] not in text]
    if missing:
        problems.append(f"afdruk mist: {', '.join(missing)}")
    else:
        print(f"ok   afdruk van {fragment}: {pages} pagina A4 ({width} x {height} pt) met elke gemeente en haar bedrag")

if problems:
    print("interactive-check: FOUT\n      " + "\n      ".join(problems[:40]))
    sys.exit(1)
print("interactive-check: alles in orde")
