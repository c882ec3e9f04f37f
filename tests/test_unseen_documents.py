"""Documents of other governments, scored against their hand-made gold annotations.

See tests/data/README.md for where they come from. A floor is the document's score after the
fifth session less 0.03, so that a change which makes the extraction worse on any of them fails
here, while small trade-offs between documents still pass.
"""

from pathlib import Path

import pytest

from tests.conftest import DATA
from xqgraph.evaluate.score import evaluate, load_gold

UNSEEN = DATA / "unseen"
# entities F1, measures F1 (value, unit, kind), relations F1
FLOORS = {
    "kunming-2021-execution": (0.83, 0.97, 0.68),
    "nanjing-hunanlu-2023-summary": (0.77, 0.97, 0.69),
    "shache-2023-gwr": (0.84, 0.97, 0.86),
    "shanghai-putuo-2024-gwr": (0.89, 0.97, 0.88),
    "wuhu-etdz-2022-report": (0.93, 0.97, 0.59),
    "yibin-14th-fyp-excerpt": (0.88, 0.97, 0.88),
    "fuqing-2020-plan": (0.83, 0.97, 0.61),
    "hubei-fgw-2019-summary": (0.78, 0.97, 0.72),
    "jinqu-2020-report": (0.90, 0.97, 0.79),
    "qiqihar-2019-report": (0.81, 0.96, 0.78),
    "sanya-2021-report": (0.85, 0.97, 0.77),
    "yongchuan-2020-report": (0.84, 0.97, 0.78),
}


def test_every_unseen_document_has_a_floor() -> None:
    assert {p.name.removesuffix(".gold.json") for p in UNSEEN.glob("*.gold.json")} == set(FLOORS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_score_on_a_document_of_another_government_does_not_fall(pipeline, name: str) -> None:
    path: Path = UNSEEN / f"{name}.txt"
    ev = evaluate(pipeline.run_file(path).graph, load_gold(UNSEEN / f"{name}.gold.json"))
    scores = (ev.entities.f1, ev.measures.f1, ev.relations.f1)
    assert all(s >= floor for s, floor in zip(scores, FLOORS[name], strict=True)), (name, scores, FLOORS[name])
