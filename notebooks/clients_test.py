"""Real clients against a served run: an SDMX client (pysdmx) reads SDMX-CSV, pyarrow (through
fsspec's HTTP file system) and polars read the Parquet tables over HTTP, and an OData client
(python-odata) reads the OData feed; each answer is compared with the JSON answer or the
published file.

    EFFECTMETER_API=http://127.0.0.1:7070/api/v1 EFFECTMETER_WAREHOUSE=/path/to/warehouse \
        python clients_test.py

Prints one line per check and ends with "clients: N passed, M failed"; exits 1 on a failure.
"""

import glob
import math
import os
import sys
import traceback

import fsspec
import polars as pl
import pyarrow.parquet as pq
import requests
from odata import ODataService
from pysdmx.io import read_sdmx

API = os.environ["EFFECTMETER_API"].rstrip("/")
WAREHOUSE = os.environ["EFFECTMETER_WAREHOUSE"]

OBSERVATION_QUERY = {
    "indicator": "timely_decision_rate,cases_decided,complaints_received",
    "breakdown": "organisation",
    "granularity": "year",
    "limit": "500",
}


def json_rows(params):
    answer = requests.get(f"{API}/observations", params=params, timeout=30)
    answer.raise_for_status()
    return answer.json()


def same_number(text, number):
    """An SDMX-CSV field (text) against a JSON number: empty exactly where the number is null."""
    if number is None:
        return text == ""
    return text != "" and math.isclose(float(text), number, rel_tol=1e-12, abs_tol=0)


def check_sdmx_csv_matches_json():
    body = json_rows(OBSERVATION_QUERY)
    rows = body["observations"]
    answer = requests.get(
        f"{API}/observations", params={**OBSERVATION_QUERY, "format": "sdmx-csv"}, timeout=30
    )
    answer.raise_for_status()
    assert answer.headers["Content-Type"].startswith("application/vnd.sdmx.data+csv")
    message = read_sdmx(answer.text)
    assert len(message.data) == 1, message.data
    dataset = message.data[0]
    assert dataset.short_urn == "Dataflow=EFFECTMETER:INDICATORS(2.0)", dataset.short_urn
    frame = dataset.data
    assert len(frame) == len(rows) > 0, (len(frame), len(rows))
    statuses = {"ok": ("A", "F"), "confidential": ("Q", "C"), "no_data": ("M", "F")}
    suppressed = 0
    for row, (_, line) in zip(rows, frame.iterrows()):
        assert line["INDICATOR"] == row["indicator"]
        assert line["ORGANISATION"] == row["organisation"]
        assert line["TIME_PERIOD"] == row["period"]
        assert (line["OBS_STATUS"], line["CONF_STATUS"]) == statuses[row["status"]], (line, row)
        assert same_number(line["OBS_VALUE"], row["value"]), (line["OBS_VALUE"], row)
        assert same_number(line["LOWER_BOUND"], row["ci_low"]), (line["LOWER_BOUND"], row)
        assert same_number(line["UPPER_BOUND"], row["ci_high"]), (line["UPPER_BOUND"], row)
        assert same_number(line["BASE"], row["base"]), (line["BASE"], row)
        if row["status"] == "confidential":
            suppressed += 1
            assert line["OBS_VALUE"] == "" and line["BASE"] == "", line
    assert suppressed > 0, "the query should hold suppressed values"
    return f"{len(rows)} rows, {suppressed} suppressed, as in JSON"


def current_run():
    answer = requests.get(f"{API}/runs/current", timeout=30)
    answer.raise_for_status()
    return answer.json()["run_id"]


def published_file(run, table):
    (file,) = glob.glob(os.path.join(WAREHOUSE, "runs", run, table, "*.parquet"))
    return file


def check_pyarrow_reads_tables_over_http():
    run = current_run()
    fs = fsspec.filesystem("http", block_size=64 * 1024)
    checked = []
    for table in ("indicators", "signals", "reference/organisations"):
        url = f"{API}/runs/{run}/tables/{table}.parquet"
        with fs.open(url, "rb") as remote:
            over_http = pq.read_table(remote)
        on_disk = pq.read_table(published_file(run, table))
        assert over_http.equals(on_disk), table
        checked.append(f"{table} {over_http.num_rows} rows")
    info = fs.info(f"{API}/runs/{run}/tables/indicators.parquet")
    assert info["size"] == os.path.getsize(published_file(run, "indicators")), info
    return ", ".join(checked)


def check_polars_reads_a_table_over_http():
    run = current_run()
    url = f"{API}/runs/{run}/tables/indicators.parquet"
    over_http = pl.read_parquet(url)
    on_disk = pl.read_parquet(published_file(run, "indicators"))
    assert over_http.equals(on_disk)
    suppressed = over_http.filter(pl.col("status") == "confidential")
    assert suppressed.height > 0
    assert suppressed["value"].null_count() == suppressed.height
    return f"{over_http.height} rows, {suppressed.height} confidential, all null"


def check_quarantine_and_disclosure_are_not_served():
    run = current_run()
    for path in (
        f"runs/{run}/tables/disclosure.parquet",
        f"runs/{run}/tables/quarantine/cases.parquet",
        f"runs/{run}/tables/reference/..%2F..%2Fdisclosure.parquet",
    ):
        answer = requests.get(f"{API}/{path}", timeout=30)
        assert answer.status_code in (400, 404), (path, answer.status_code)
        assert b"PAR1" not in answer.content, path
    return "404/400 for disclosure and quarantine"


def check_odata_client_reads_observations_as_json_does():
    service = ODataService(f"{API}/odata/", reflect_entities=True, quiet_progress=True)
    Observation = service.entities["Observations"]  # python-odata names classes by entity set
    query = (
        service.query(Observation)
        .filter(Observation.indicator == "timely_decision_rate")
        .filter(Observation.breakdown == "organisation")
        .filter(Observation.granularity == "year")
        .order_by(Observation.organisation.asc())
        .order_by(Observation.period.asc())
    )
    entities = list(query)
    body = json_rows(
        {
            "indicator": "timely_decision_rate",
            "breakdown": "organisation",
            "granularity": "year",
            "sort": "organisation,period",
            "limit": "10000",
        }
    )
    rows = body["observations"]
    assert len(entities) == len(rows) > 0, (len(entities), len(rows))
    suppressed = 0
    for entity, row in zip(entities, rows):
        assert (entity.organisation, entity.period, entity.status) == (
            row["organisation"],
            row["period"],
            row["status"],
        ), (entity, row)
        if row["value"] is None:
            assert entity.value is None
            suppressed += row["status"] == "confidential"
        else:
            assert math.isclose(entity.value, row["value"], rel_tol=1e-12)
    return f"{len(entities)} entities as in JSON, {suppressed} confidential and null"


def check_odata_paging_follows_next_links():
    service = ODataService(f"{API}/odata/", reflect_entities=True, quiet_progress=True)
    Observation = service.entities["Observations"]
    count = requests.get(
        f"{API}/odata/Observations",
        params={"$filter": "indicator eq 'cases_received'", "$top": "0", "$count": "true"},
        timeout=60,
    ).json()["@odata.count"]
    assert count > 10000, count
    seen = sum(
        1
        for _ in service.query(Observation)
        .filter(Observation.indicator == "cases_received")
        .select(Observation.indicator, Observation.period)
    )
    assert seen == count, (seen, count)
    return f"{count} cases_received entities over {math.ceil(count / 10000)} pages"


def check_odata_error_names_the_option():
    answer = requests.get(f"{API}/odata/Observations", params={"$expand": "x"}, timeout=30)
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["target"] == "$expand" and "$expand" in error["message"], error
    return error["message"]


CHECKS = [
    check_sdmx_csv_matches_json,
    check_pyarrow_reads_tables_over_http,
    check_polars_reads_a_table_over_http,
    check_quarantine_and_disclosure_are_not_served,
    check_odata_client_reads_observations_as_json_does,
    check_odata_paging_follows_next_links,
    check_odata_error_names_the_option,
]


def main():
    passed = failed = 0
    for check in CHECKS:
        try:
            detail = check()
            passed += 1
            print(f"ok   {check.__name__}: {detail}")
        except Exception:  # noqa: BLE001 - every failure is reported, then counted
            failed += 1
            print(f"FAIL {check.__name__}")
            traceback.print_exc(file=sys.stdout)
    print(f"clients: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
