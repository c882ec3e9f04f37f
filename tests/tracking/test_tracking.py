"""Year-over-year tracking on two plans of one government, written for the purpose.

tests/data/tracking/hongqi-2019-plan.txt sets the 2019 targets; hongqi-2020-plan.txt reports what
2019 achieved.  Every expected value below was read off the two texts by hand.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph

from xqgraph.tracking import Status, format_tracking, indicator_key, measure_records, track

DATA = Path(__file__).resolve().parents[1] / "data" / "tracking"
PLANS = [DATA / "hongqi-2019-plan.txt", DATA / "hongqi-2020-plan.txt"]


@pytest.fixture(scope="module")
def built_plans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from xqgraph.build import build_graph

    out = tmp_path_factory.mktemp("tracking")
    assert build_graph(PLANS, out, html=False).ok
    return out


@pytest.fixture(scope="module")
def tracked_fixtures(built_plans: Path):
    from xqgraph.build import STORE_DIR
    from xqgraph.store import GraphStore

    with GraphStore.open_existing(built_plans / STORE_DIR) as store:
        return track(measure_records(store))


def test_track_command(built_plans: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from xqgraph.cli.main import cli

    missed = CliRunner().invoke(cli, ["track", "--graph", str(built_plans), "--status", "not met"])
    assert missed.exit_code == 0, missed.output
    lines = missed.output.splitlines()
    assert [line.split()[2] for line in lines[1:-1]] == ["一般公共预算收入", "新建5G基站"]
    assert lines[-1] == "2 targets: 0 met, 2 not met, 0 no data"
    csv_out = CliRunner().invoke(cli, ["track", "--graph", str(built_plans), "--format", "csv", "--year", "2020"])
    assert csv_out.exit_code == 0 and len(csv_out.output.splitlines()) == 1 + 4  # header and the four 2020 targets
    missing = CliRunner().invoke(cli, ["track", "--graph", str(tmp_path / "nothing")])
    assert missing.exit_code == 5 and "xqgraph build" in missing.output


def _by_indicator(tracked, year: int) -> dict[str, tuple[str, str | None]]:
    return {t.target.indicator: (t.status, t.ratio and str(t.ratio)) for t in tracked if t.target.year == year}


def test_2019_targets_met_missed_and_unreported(tracked_fixtures) -> None:
    assert _by_indicator(tracked_fixtures, 2019) == {
        "地区生产总值增长": (Status.MET, "1.043"),       # 7%左右 → 7.3%
        "一般公共预算收入": (Status.NOT_MET, "0.956"),   # 13.5亿元 → 12.9亿元
        "固定资产投资增长": (Status.MET, "1.040"),       # 10% → 10.4%
        "城镇新增就业": (Status.MET, "1.050"),           # 1.2万人 → 12600人: units normalised
        "城镇登记失业率": (Status.MET, "0.914"),         # 控制在3.5%以内 → 3.2%: at most, so lower is met
        "新建5G基站": (Status.NOT_MET, "0.750"),         # 200个 → 150个
        "新增造林面积": (Status.NO_DATA, None),          # the 2020 plan never reports it
    }


def test_targets_with_no_later_document_have_no_data(tracked_fixtures) -> None:
    assert _by_indicator(tracked_fixtures, 2020) == {name: (Status.NO_DATA, None) for name in
                                                     ("地区生产总值增长", "一般公共预算收入", "城镇新增就业", "城镇登记失业率")}
    # 2018 results in the 2019 plan are achievements, not targets: they are not rows
    assert all(t.target.kind == "Target" for t in tracked_fixtures) and len(tracked_fixtures) == 11


def test_the_achieved_measure_comes_from_the_later_plan(tracked_fixtures) -> None:
    jobs = next(t for t in tracked_fixtures if t.target.indicator == "城镇新增就业" and t.target.year == 2019)
    assert jobs.achieved is not None and jobs.achieved.document_title.startswith("新乡市红旗区2020年")
    assert jobs.achieved.sentence.startswith("全年城镇新增就业12600人")
    assert jobs.target.subject_label == "红旗区" and jobs.target.subject == jobs.achieved.subject


def test_table_and_csv(tracked_fixtures) -> None:
    table = format_tracking(tracked_fixtures)
    assert table.splitlines()[-1] == "11 targets: 4 met, 2 not met, 5 no data"
    assert any(line.split()[:5] == ["红旗区", "2019", "城镇新增就业", "1.2万人", "1.26万人"] for line in table.splitlines())
    csv_text = format_tracking(tracked_fixtures, "csv")
    assert csv_text.startswith("\ufeffsubject,year,indicator,target,achieved,ratio,status")
    assert "红旗区,2019,一般公共预算收入,13.5亿元,12.9亿元,0.956,not met" in csv_text


PREFIXES = """@prefix xq: <https://w3id.org/xqgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<urn:a> a xq:District ; rdfs:label "甲区"@zh .
<urn:b> a xq:District ; rdfs:label "乙区"@zh .
<urn:t> a xq:Town ; rdfs:label "丙镇"@zh .
"""


def _measure(name: str, doc: str, kind: str, indicator: str, value: str, *, year: int = 2019, unit: str = "人",
             extra: str = "") -> str:
    return (f"<urn:{name}> a xq:Measure ; xq:statedIn <urn:{doc}> ; xq:kind xq:{kind} ; xq:indicator \"{indicator}\" ;"
            f" xq:value {value} ; xq:unit \"{unit}\" ; xq:year {year} ; xq:measureType xq:Level {extra} .\n")


def _doc(name: str, year: int, area: str) -> str:
    return f"<urn:{name}> a xq:Document ; dcterms:title \"{name}\" ; xq:planYear {year} ; dcterms:spatial <urn:{area}> .\n"


def _track(ttl: str):
    return track(measure_records(Graph().parse(data=PREFIXES + ttl, format="turtle")))


def test_two_governments_are_never_mixed() -> None:
    ttl = (_doc("a2019", 2019, "a") + _doc("a2020", 2020, "a") + _doc("b2020", 2020, "b")
           + _measure("t", "a2019", "Target", "新增就业", "100")
           + _measure("x", "b2020", "Achieved", "新增就业", "500"))  # 乙区's figure, not 甲区's
    assert [t.status for t in _track(ttl)] == [Status.NO_DATA]
    ttl += _measure("y", "a2020", "Achieved", "全年新增就业", "90")
    [t] = _track(ttl)
    assert (t.status, t.ratio, t.achieved.iri) == (Status.NOT_MET, Decimal("0.900"), "urn:y")


def test_a_measure_about_a_town_is_that_towns() -> None:
    ttl = (_doc("a2019", 2019, "a") + _doc("a2020", 2020, "a")
           + _measure("t", "a2019", "Target", "新增就业", "100", extra="; xq:about <urn:t>")
           + _measure("whole", "a2020", "Achieved", "新增就业", "900")  # the district's figure
           + _measure("town", "a2020", "Achieved", "新增就业", "120", extra="; xq:about <urn:t>"))
    [t] = _track(ttl)
    assert (t.achieved.iri, t.status, t.target.subject_label) == ("urn:town", Status.MET, "丙镇")


def test_units_types_and_years_must_agree() -> None:
    ttl = (_doc("a2019", 2019, "a") + _doc("a2020", 2020, "a")
           + _measure("t", "a2019", "Target", "新增就业", "100")
           + _measure("wrong-unit", "a2020", "Achieved", "新增就业", "100", unit="%")
           + _measure("wrong-year", "a2020", "Achieved", "新增就业", "100", year=2018))
    assert [t.status for t in _track(ttl)] == [Status.NO_DATA]


def test_two_ways_of_writing_one_unit_agree() -> None:
    ttl = (_doc("a2019", 2019, "a") + _doc("a2020", 2020, "a")
           + _measure("t", "a2019", "Target", "港口吞吐量", "100", unit="标准箱")
           + _measure("a", "a2020", "Achieved", "港口吞吐量", "120", unit="标箱"))
    [t] = _track(ttl)
    assert (t.status, t.achieved.iri) == (Status.MET, "urn:a")


def test_the_earliest_later_report_counts_and_order_of_input_does_not() -> None:
    ttl = (_doc("a2019", 2019, "a") + _doc("a2020", 2020, "a") + _doc("a2021", 2021, "a")
           + _measure("late", "a2021", "Achieved", "新增就业", "130")
           + _measure("t", "a2019", "Target", "新增就业", "100")
           + _measure("first", "a2020", "Achieved", "城镇新增就业人数", "110"))
    [t] = _track(ttl)
    assert t.achieved.iri == "urn:first" and t.ratio == Decimal("1.100")


def test_at_most_targets_are_met_from_below() -> None:
    ttl = (_doc("a2019", 2019, "a") + _doc("a2020", 2020, "a")
           + _measure("t", "a2019", "Target", "城镇登记失业率", "3.5", unit="%", extra="; xq:comparator xq:AtMost")
           + _measure("a", "a2020", "Achieved", "城镇调查失业率", "3.8", unit="%"))
    [t] = _track(ttl)
    assert (t.status, t.ratio) == (Status.NOT_MET, Decimal("1.086"))  # 3.8 > 3.5: missed


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("地区生产总值增长", "GDP同比增长", "Growth"),
    ("全年城镇新增就业", "新增城镇就业人数", "Level"),
    ("一般公共预算收入", "全年一般公共预算收入完成", "Level"),
    ("社会消费品零售总额增长", "社会消费品零售额比上年增长", "Growth"),
    ("固定资产投资", "全社会固定资产投资", "Level"),
])
def test_indicator_variants_share_a_key(a: str, b: str, kind: str) -> None:
    assert indicator_key(a, kind) == indicator_key(b, kind)


@pytest.mark.parametrize(("a", "b"), [("新增就业", "新增造林面积"), ("一般公共预算收入", "一般公共预算支出"),
                                      ("地区生产总值", "工业总产值")])
def test_different_indicators_keep_different_keys(a: str, b: str) -> None:
    assert indicator_key(a) != indicator_key(b)


_PLAIN = st.text(alphabet="工业产值企业收入园区项目就业学校医院绿化面积亩公里", min_size=1, max_size=12)


@given(_PLAIN, st.sampled_from(["", "Level", "Growth", "Share"]))
def test_key_is_idempotent(text: str, kind: str) -> None:
    assert indicator_key(indicator_key(text, kind), kind) == indicator_key(text, kind)


@given(_PLAIN, st.lists(st.sampled_from([" ", "，", "“", "”", "、", "\u3000", "(", ")"]), max_size=4),
       st.sampled_from(["全年", "全区", "年内", "力争", "完成", ""]))
def test_key_ignores_punctuation_space_and_fillers(text: str, noise: list[str], filler: str) -> None:
    noisy = filler + "".join(n + c for n, c in zip(noise + [""] * len(text), text, strict=False))
    assert indicator_key(noisy) == indicator_key(text)


_STATUS_QUERY = """PREFIX xq: <https://w3id.org/xqgraph/ontology#>
SELECT ?indicator ?status ?attainment ?reported WHERE {
  ?t xq:kind xq:Target ; xq:indicator ?indicator ; xq:year 2019 ; xq:status ?s .
  BIND(STRAFTER(STR(?s), "#") AS ?status)
  OPTIONAL { ?t xq:attainment ?attainment }
  OPTIONAL { ?t xq:outcome/xq:statedIn/xq:planYear ?reported }
}"""


def _statuses(out: Path) -> dict[str, tuple[str, str, str]]:
    from xqgraph.build import STORE_DIR
    from xqgraph.store import GraphStore

    with GraphStore.open_existing(out / STORE_DIR) as store:
        return {row["indicator"].value: tuple(row[k].value if row[k] is not None else ""
                                              for k in ("status", "attainment", "reported"))
                for row in store.query(_STATUS_QUERY)}


def test_tracking_is_in_the_graph_and_a_new_year_answers_old_targets(tmp_path: Path) -> None:
    from xqgraph.build import build_graph
    from xqgraph.rdf.shacl import validate

    assert build_graph(PLANS[:1], tmp_path, html=False).ok  # the 2019 plan alone: nothing reported yet
    assert set(_statuses(tmp_path).values()) == {("NoData", "", "")}
    report = build_graph(PLANS, tmp_path, html=False)  # the 2020 plan arrives; the 2019 one is unchanged
    assert len(report.unchanged) == 1
    statuses = _statuses(tmp_path)
    assert statuses["一般公共预算收入"] == ("NotMet", "0.956", "2020")
    assert statuses["城镇新增就业"] == ("Met", "1.05", "2020")
    assert statuses["新增造林面积"] == ("NoData", "", "")
    assert validate(Graph().parse(tmp_path / "graph.ttl"))[0]  # the new terms conform to the shapes


@pytest.mark.parametrize("path", [*PLANS, DATA.parents[0] / "xiqing-2018-plan.txt",
                                  DATA.parents[0] / "synthetic-district-2019-execution-report.txt"])
def test_the_rows_the_rdf_stage_makes_are_what_the_query_reads_back(pipeline, path: Path) -> None:
    # the build takes each document's records from the rows made with its triples; they must be the records a
    # query of those triples gives, field for field (about only when it is a place or zone, the area's label …)
    from xqgraph.store import GraphStore
    from xqgraph.tracking import records_from_rows

    rdf = pipeline.run_file(path).triples
    records = records_from_rows(rdf.measure_rows)
    assert records and records == measure_records(GraphStore.of_triples(rdf.document + rdf.entities))
