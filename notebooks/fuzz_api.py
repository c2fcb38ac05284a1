"""The two Python halves of fuzz-api.sh.

    python fuzz_api.py config BASE_URL > schemathesis.toml
        Dictionaries of real values read from the served run (organisation codes, published
        periods, run ids, indicator ids, dimension names), so that the fuzzer reaches past
        "unknown code" answers; it still sends random values too.

    python fuzz_api.py report REPORT_DIR SCHEMATHESIS_EXIT_STATUS
        Reads schemathesis' JUnit and HAR reports: one test per API operation (plus its stateful
        tests), and one more that no answer's body shows a Java stack trace or a Java class name;
        a non-zero exit of schemathesis that no test explains counts as one more failure.
        Prints each failure and ends with "fuzz: N passed, M failed"; exits 1 when M > 0.
"""

import glob
import json
import re
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ElementTree

# What a Java fault looks like when it leaks into an answer.
LEAKS = [
    ("a Java stack frame", re.compile(r"\bat [a-zA-Z_$][\w$]*(\.[\w$]+)+\([^)]*\)")),
    ("a class of ours", re.compile(r"nl\.effectmeter")),
    ("a JDK class", re.compile(r"\bjava\.[a-z]")),
    ("a library class", re.compile(r"\b(io\.javalin|org\.eclipse\.jetty|com\.fasterxml|org\.apache)\.")),
    ("an exception", re.compile(r"Exception")),
]


def get_json(base, path):
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return json.load(response)


def toml_string(value):
    return json.dumps(str(value), ensure_ascii=True)


# Operations whose parameters constrain each other (the contract makes breaking such a rule a
# 400), with the rules; OpenAPI 3.1 describes each parameter on its own.
CROSS_PARAMETER_RULES = {
    "/api/v1/observations": "period, from and to of the granularity; the breakdown published by"
    " the granularity; from not after to",
    "/api/v1/signals": "from not after to",
    "/api/v1/feasibility-signals": "from not after to",
}


def config(base):
    organisations = [
        c["code"]
        for c in get_json(base, "/api/v1/dimensions/organisation")["codes"]
        if not c["code"].startswith("_")
    ]
    periods = []
    for granularity in ("year", "quarter", "month"):
        page = get_json(
            base,
            "/api/v1/observations?indicator=cases_received&granularity="
            + granularity
            + "&limit=10000",
        )
        periods += sorted({o["period"] for o in page["observations"]})
    runs = [r["id"] for r in get_json(base, "/api/v1/runs")["runs"]]
    indicators = [i["id"] for i in get_json(base, "/api/v1/indicators")["indicators"]]
    dimensions = [d["dimension"] for d in get_json(base, "/api/v1/dimensions")["dimensions"]]
    datasets = [
        table.split("/", 1)[1]
        for table in get_json(base, "/api/v1/runs/current")["tables"]
        if table.startswith("reference/")
    ]
    dictionaries = {
        "organisation": organisations,
        "period": periods,
        "run": runs,
        "indicator": indicators,
        "dimension": dimensions,
        "dataset": datasets,
    }
    lines = ["# Written by fuzz_api.py config from the served run; not kept."]
    for name, values in dictionaries.items():
        if not values:
            sys.exit(f"fuzz: the served run has no {name} values to fuzz with")
        lines.append(f"[dictionaries.{name}]")
        lines.append("values = [" + ", ".join(toml_string(v) for v in values) + "]")
    bindings = {
        "/api/v1/scorecards/{organisation}": {
            "path.organisation": "organisation",
            "query.period": "period",
            "query.run": "run",
        },
        "/api/v1/runs/{id}": {"path.id": "run"},
        "/api/v1/indicators/{id}": {"path.id": "indicator"},
        "/api/v1/dimensions/{dimension}": {"path.dimension": "dimension", "query.run": "run"},
        "/api/v1/dimensions": {"query.run": "run"},
        "/api/v1/signals": {"query.run": "run"},
        "/api/v1/runs/{id}/tables/reference/{dataset}.parquet": {
            "path.id": "run",
            "path.dataset": "dataset",
        },
    }
    for path in CROSS_PARAMETER_RULES:
        bindings.setdefault(path, {})
    for path, parameters in bindings.items():
        lines.append("[[operations]]")
        lines.append(f"include-path = {toml_string(path)}")
        if parameters:
            lines.append(
                "parameters = { "
                + ", ".join(
                    f"{toml_string(name)} = {{ dictionary = {toml_string(d)}, probability = 0.8 }}"
                    for name, d in parameters.items()
                )
                + " }"
            )
        if path in CROSS_PARAMETER_RULES:
            # A rule between two parameters cannot be said in OpenAPI: a schema-valid request may
            # break it and is then a 400 (the parameters' descriptions say the rule).
            lines.append(
                "checks.positive_data_acceptance.expected-statuses = "
                '["2xx", "3xx", "400", "401", "403", "404"]'
            )
    print("\n".join(lines))


def leaks(text):
    return [what for what, pattern in LEAKS if pattern.search(text)]


def report(report_dir, schemathesis_status):
    junit = glob.glob(f"{report_dir}/junit*.xml")
    har = glob.glob(f"{report_dir}/har*.json")
    if len(junit) != 1 or len(har) != 1:
        print(f"fuzz: no complete schemathesis report in {report_dir} (stopped by the time limit?)")
        print("fuzz: 0 passed, 1 failed")
        return 1
    passed, failed = 0, 0
    for case in ElementTree.parse(junit[0]).getroot().iter("testcase"):
        problems = case.findall("failure") + case.findall("error")
        if problems:
            failed += 1
            print(f"FAIL {case.get('name')}")
            for problem in problems:
                text = (problem.get("message") or "") + "\n" + (problem.text or "")
                print("    " + text.strip().replace("\n", "\n    ")[:3000])
        else:
            passed += 1
    with open(har[0], encoding="utf-8") as f:
        entries = json.load(f)["log"]["entries"]
    leaked = []
    for entry in entries:
        content = entry["response"].get("content", {})
        if content.get("mimeType", "").startswith("application/vnd.apache.parquet"):
            continue  # a published file as the job wrote it, not an answer the API composed
        body = content.get("text") or ""
        found = leaks(body)
        if found:
            request = entry["request"]
            leaked.append(
                f"{request['method']} {urllib.parse.unquote(request['url'])} -> "
                f"{entry['response']['status']}: {', '.join(found)} in {body[:300]!r}"
            )
    if leaked:
        failed += 1
        print(f"FAIL no Java in any of {len(entries)} answers: {len(leaked)} show Java")
        for line in leaked[:20]:
            print("    " + line)
    else:
        passed += 1
        print(f"PASS no Java stack trace or class name in any of {len(entries)} answers")
    if schemathesis_status != 0 and failed == 0:
        failed += 1
        print(f"FAIL schemathesis exited {schemathesis_status} (see its log)")
    print(f"fuzz: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "config":
        config(sys.argv[2].rstrip("/"))
    elif len(sys.argv) == 4 and sys.argv[1] == "report":
        sys.exit(report(sys.argv[2], int(sys.argv[3])))
    else:
        sys.exit(__doc__)
