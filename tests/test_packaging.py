"""The installed package carries its ontology; the console script and -m work."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_the_ontology(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("xqgraph-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "xqgraph/ontology/xqgraph.ttl" in names
    assert "xqgraph/cli/main.py" in names
    assert "xqgraph/static/yasgui.min.js" in names and "xqgraph/example_queries/towns.rq" in names
    source = (ROOT / "ontology" / "xqgraph.ttl").read_bytes()
    assert zipfile.ZipFile(wheel).read("xqgraph/ontology/xqgraph.ttl") == source  # one source of truth


def test_ontology_is_found_from_the_package() -> None:
    from xqgraph.rdf import ontology_path

    assert ontology_path().read_bytes() == (ROOT / "ontology" / "xqgraph.ttl").read_bytes()


def test_import_has_no_side_effects() -> None:
    code = "import sys, xqgraph; assert 'jieba' not in sys.modules and 'rdflib' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_ontology_documentation_renders(tmp_path: Path) -> None:
    pylode = Path(sys.executable).parent / "pylode"
    out = tmp_path / "ontology.html"
    subprocess.run([str(pylode), str(ROOT / "ontology" / "xqgraph.ttl"), "-o", str(out)], check=True,
                   capture_output=True)
    page = out.read_text(encoding="utf-8")
    for term in ("Measure", "locatedIn", "located in", "位于"):  # classes, properties, both languages
        assert term in page, term
